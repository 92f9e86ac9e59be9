// ProseMirror with the basic schema, history (Mod-z / Mod-y) and the base keymap.
// `__fixture.value()` reads the document in the editor state.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（ProseMirror）');
const state = EditorState.create({
  schema,
  plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
});
const view = new EditorView(slot, {
  state,
  attributes: { class: 'editor', 'data-e2e': 'message', role: 'textbox', 'aria-multiline': 'true' },
});
exposeFixture({
  kind: 'prosemirror',
  value: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
});
