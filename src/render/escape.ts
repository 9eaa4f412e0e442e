/** Control characters and ANSI escape sequences (CSI/OSC and lone ESC), removed from terminal text. */
const CONTROL = /\u001b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)?|[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Text safe to print on a terminal: no escape sequences, no control characters but newlines and tabs. */
export function escapeText(s: string): string {
  return s.replace(CONTROL, '');
}

/** Text safe inside a Markdown table cell or paragraph: no HTML, links, emphasis or cell breaks. */
export function escapeMarkdown(s: string): string {
  return escapeText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Text safe inside HTML element content and quoted attributes. */
export function escapeHtml(s: string): string {
  return escapeText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
