/** @jsxImportSource react */
// Draft.js (draft-js) in React with a placeholder. `__fixture.value()` reads the Draft
// EditorState's ContentState (getPlainText()), not the DOM. The data-e2e marker is put on
// Draft's contenteditable root (.public-DraftEditor-content) after mount.
import './global-shim';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

let current = EditorState.createEmpty();
exposeFixture({ kind: 'draftjs', value: () => current.getCurrentContent().getPlainText('\n') });

function SmsEditor() {
  const [state, setState] = useState(() => current);
  current = state;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = box.current?.querySelector<HTMLElement>('[contenteditable="true"]');
    if (root) root.dataset.e2e = 'message';
  }, []);
  return (
    <div className="editor" ref={box}>
      <Editor editorState={state} onChange={setState} placeholder="请输入短信内容" />
    </div>
  );
}

createRoot(renderShell('发送短信（Draft.js）')).render(<SmsEditor />);
