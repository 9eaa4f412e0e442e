export type { ResumeFormat } from './options';

/** Something the reader noticed about a file (not an error: the text was read). */
export interface ReadWarning {
  code: 'TWO_COLUMNS' | 'PAGES_WITHOUT_TEXT' | 'NOT_UTF8';
  message: string;
}
