/** @jsxImportSource react */
// Slate (slate + slate-react + slate-history) in React: paragraphs of plain text, with a
// placeholder (Slate renders it inside the editable, contenteditable=false). `__fixture.value()`
// reads the Slate document (editor.children), not the DOM.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';
import { renderShell } from '../shared/shell';

type Paragraph = { type: 'paragraph'; children: { text: string }[] };
declare module 'slate' {
  interface CustomTypes {
    Element: Paragraph;
    Text: { text: string };
  }
}

const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] }];
const editor = withHistory(withReact(createEditor()));
exposeFixture({ kind: 'slate', value: () => editor.children.map((n) => Node.string(n)).join('\n') });

function SmsEditor() {
  const [, setValue] = useState(initial);
  return (
    <Slate editor={editor} initialValue={initial} onChange={setValue}>
      <Editable
        className="editor"
        style={{ minHeight: 110 }}
        placeholder="请输入短信内容"
        data-e2e="message"
        renderElement={({ attributes, children }) => <p {...attributes}>{children}</p>}
      />
    </Slate>
  );
}

createRoot(renderShell('发送短信（Slate）')).render(<SmsEditor />);
