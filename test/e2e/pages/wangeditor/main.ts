// wangEditor 5 (@wangeditor/editor, built on Slate 0.72 with its own snabbdom view), "simple"
// mode with its toolbar, as Chinese CRM consoles embed it. `__fixture.value()` reads the
// editor's Slate document (editor.children), not the DOM.
import { createEditor, createToolbar, type IDomEditor } from '@wangeditor/editor';
import '@wangeditor/editor/dist/css/style.css';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（wangEditor）');
slot.innerHTML = `
  <div style="border: 1px solid #d9d9d9; border-radius: 4px">
    <div id="toolbar" style="border-bottom: 1px solid #d9d9d9"></div>
    <div id="editor" style="height: 160px; overflow-y: hidden"></div>
  </div>`;

type SlateNode = { text?: string; children?: SlateNode[] };
const nodeText = (n: SlateNode): string => n.text ?? (n.children ?? []).map(nodeText).join('');

const editor: IDomEditor = createEditor({
  selector: '#editor',
  html: '<p><br></p>',
  mode: 'simple',
  config: { placeholder: '请输入短信内容' },
});
createToolbar({ editor, selector: '#toolbar', mode: 'simple', config: { toolbarKeys: ['bold', 'italic', 'undo', 'redo'] } });
slot.querySelector<HTMLElement>('[data-slate-editor]')!.dataset.e2e = 'message';
exposeFixture({ kind: 'wangeditor', value: () => (editor.children as SlateNode[]).map(nodeText).join('\n') });
