// CKEditor 5 (ckeditor5, ClassicEditor, self-hosted GPL build) with a small toolbar and its own
// undo. `__fixture.value()` reads CKEditor's MODEL (the model root's paragraphs), not the DOM.
import { Bold, ClassicEditor, Essentials, Italic, type ModelElement, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（CKEditor 5）');
const mount = document.createElement('div');
slot.append(mount);

const editor = await ClassicEditor.create(mount, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
  placeholder: '请输入短信内容',
});
// The editable's attributes belong to CKEditor's view (its renderer drops any set on the DOM
// element): set the marker and the height through the view.
editor.editing.view.change((writer) => {
  const root = editor.editing.view.document.getRoot()!;
  writer.setAttribute('data-e2e', 'message', root);
  writer.setStyle('min-height', '110px', root);
});

const blockText = (block: ModelElement): string =>
  Array.from(block.getChildren())
    .map((c) => (c.is('$text') ? c.data : ''))
    .join('');
exposeFixture({
  kind: 'ckeditor5',
  value: () =>
    Array.from(editor.model.document.getRoot()!.getChildren())
      .map((b) => blockText(b as ModelElement))
      .join('\n'),
});
