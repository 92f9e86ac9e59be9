// TinyMCE (self-hosted from npm, GPL) in its classic iframe mode: the editable <body> lives in a
// same-origin iframe TinyMCE creates, with its own undo manager. The data-e2e marker and
// `window.__fixture` are put in that iframe (the harness looks for the editor in every frame);
// `__fixture.value()` reads TinyMCE's content API (getContent({format: 'text'})).
import tinymce from 'tinymce';
import 'tinymce/icons/default';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

const slot = renderShell('发送短信（TinyMCE）');
const textarea = document.createElement('textarea');
textarea.id = 'sms-tinymce';
slot.append(textarea);

const [editor] = await tinymce.init({
  target: textarea,
  license_key: 'gpl',
  skin_url: 'default',
  content_css: 'default',
  menubar: false,
  statusbar: false,
  promotion: false,
  branding: false,
  height: 200,
  toolbar: 'undo redo | bold italic',
  placeholder: '请输入短信内容',
  content_style: "body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 14px; }",
});
editor!.getBody().dataset.e2e = 'message';
const value = () => editor!.getContent({ format: 'text' }).replace(/\n+$/, '');
exposeFixture({ kind: 'tinymce', value }, editor!.getWin());
exposeFixture({ kind: 'tinymce', value });
