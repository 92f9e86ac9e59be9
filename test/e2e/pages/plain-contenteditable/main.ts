// A bare <div contenteditable> whose page state is kept by a native `input` listener.
import '../shared/console.css';
import { exposeFixture, trimTrailingNewline } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（contenteditable）');
const editor = document.createElement('div');
editor.className = 'editor';
editor.contentEditable = 'true';
editor.setAttribute('role', 'textbox');
editor.setAttribute('aria-multiline', 'true');
editor.dataset.e2e = 'message';
slot.append(editor);

let state = '';
editor.addEventListener('input', () => {
  state = trimTrailingNewline(editor.innerText);
});
exposeFixture({ kind: 'plain-contenteditable', value: () => state });
