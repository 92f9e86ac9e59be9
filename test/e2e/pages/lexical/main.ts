// Lexical in plain-text mode with history. `__fixture.value()` reads the editor state.
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $getRoot, createEditor } from 'lexical';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（Lexical）');
const root = document.createElement('div');
root.className = 'editor';
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.dataset.e2e = 'message';
slot.append(root);

const editor = createEditor({
  namespace: 'sms-console',
  onError: (error) => console.error(error),
  theme: { paragraph: 'lx-paragraph' },
});
editor.setRootElement(root);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
exposeFixture({
  kind: 'lexical',
  value: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
});
