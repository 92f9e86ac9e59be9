/** @jsxImportSource react */
// A chat console in React, no <form>: Enter sends (Shift+Enter writes a new line) from the
// textarea's onKeyDown, and so does the 发送 button; each send is recorded in `__fixture.sent()`
// and shown as a bubble, and the box is cleared. The page says nothing about its keys.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

const sent: string[] = [];

function Chat() {
  const [msg, setMsg] = useState('');
  const [log, setLog] = useState<string[]>(['客户：你们别再打电话了，我下周发工资就还。']);
  const state = useRef(msg);
  state.current = msg;
  const exposed = useRef(false);
  if (!exposed.current) {
    exposed.current = true;
    exposeFixture({ kind: 'send-chat', value: () => state.current, sent: () => [...sent] });
  }
  const send = () => {
    const text = state.current;
    if (!text.trim()) return;
    sent.push(text);
    setLog((l) => [...l, `我：${text}`]);
    setMsg('');
  };
  return (
    <>
      <div className="topbar">
        <span className="brand">在线沟通 · 客户 张先生</span>
      </div>
      <div className="chat" style={{ width: 600, margin: '24px auto', background: '#fff', borderRadius: 6, boxShadow: '0 1px 4px rgba(0,0,0,.12)' }}>
        <div className="chat-log" style={{ padding: 16, minHeight: 160 }} data-e2e="log">
          {log.map((l, i) => (
            <p key={i} style={{ margin: '0 0 8px' }}>
              {l}
            </p>
          ))}
        </div>
        <div className="chat-composer" style={{ display: 'flex', gap: 8, padding: 12, borderTop: '1px solid #eee' }}>
          <textarea
            rows={3}
            style={{ flex: 1, font: 'inherit', padding: 8 }}
            placeholder="输入消息"
            value={msg}
            onChange={(e) => setMsg(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
                e.preventDefault();
                send();
              }
            }}
            data-e2e="message"
          />
          <button type="button" onClick={send} data-e2e="send" style={{ alignSelf: 'flex-end', padding: '6px 16px' }}>
            发送
          </button>
        </div>
      </div>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<Chat />);
