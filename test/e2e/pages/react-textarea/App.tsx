/** @jsxImportSource react */
// A plain React 19 controlled <textarea value onChange>. `__fixture.value()` reads the committed
// React state through a ref that is assigned during render.
import { useRef, useState } from 'react';
import { exposeFixture, RECIPIENT } from '../shared/fixture';

export function ReactTextareaConsole({ kind, title }: { kind: string; title: string }) {
  const [to, setTo] = useState(RECIPIENT);
  const [msg, setMsg] = useState('');
  const [status, setStatus] = useState('');
  const state = useRef(msg);
  state.current = msg;
  const exposed = useRef(false);
  if (!exposed.current) {
    exposed.current = true;
    exposeFixture({ kind, value: () => state.current });
  }
  return (
    <>
      <div className="topbar">
        <span className="brand">短信发送控制台</span>
        <span className="spacer" />
        <span>坐席 0371</span>
      </div>
      <form
        className="sms-form"
        onSubmit={(e) => {
          e.preventDefault();
          setStatus(`已提交 ${msg.length} 字`);
        }}
      >
        <h1>{title}</h1>
        <div className="row">
          <label htmlFor="to">收件人</label>
          <div className="field">
            <input id="to" type="text" maxLength={11} value={to} onChange={(e) => setTo(e.target.value)} data-e2e="recipient" />
          </div>
        </div>
        <div className="row">
          <label htmlFor="msg">短信内容</label>
          <div className="field">
            <textarea
              id="msg"
              placeholder="请输入短信内容"
              value={msg}
              onChange={(e) => setMsg(e.target.value)}
              data-e2e="message"
            />
            <div className="hint">已输入 {msg.length} 字</div>
          </div>
        </div>
        <div className="actions">
          <button type="submit" className="send">
            发送短信
          </button>
        </div>
        <div className="status">{status}</div>
      </form>
    </>
  );
}
