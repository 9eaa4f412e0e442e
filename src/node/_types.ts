/** Formats `readResume` reads. */
export type ResumeFormat = 'pdf' | 'docx' | 'html' | 'markdown' | 'text' | 'json-resume';

/** Something the reader noticed about a file (not an error: the text was read). */
export interface ReadWarning {
  code: 'TWO_COLUMNS' | 'PAGES_WITHOUT_TEXT' | 'DOCX_MESSAGES' | 'NOT_UTF8';
  message: string;
}
