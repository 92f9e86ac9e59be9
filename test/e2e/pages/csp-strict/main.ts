// A plain <textarea> on a page whose Content-Security-Policy allows only the page's own scripts.
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（CSP）');
const editor = document.createElement('textarea');
editor.rows = 6;
editor.dataset.e2e = 'message';
slot.append(editor);
exposeFixture({ kind: 'csp-strict', value: () => editor.value });
