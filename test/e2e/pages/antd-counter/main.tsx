/** @jsxImportSource react */
// antd 5 with word counters: a TextArea with showCount and maxLength 300 (the "127 / 300" under
// its corner) and a one-line Input with showCount. The badge must stay inside each field, beside
// the counter, never over it.
import { ConfigProvider, Form, Input, Layout } from 'antd';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture } from '../shared/fixture';

function App() {
  const [msg, setMsg] = useState('');
  const [title, setTitle] = useState('');
  const state = useRef({ message: '', title: '' });
  state.current = { message: msg, title };
  const exposed = useRef(false);
  if (!exposed.current) {
    exposed.current = true;
    exposeFixture({ kind: 'antd-counter', value: (m = 'message') => state.current[m as 'message' | 'title'] ?? '' });
  }
  return (
    <ConfigProvider theme={{ token: { fontFamily: "'WenQuanYi Micro Hei', sans-serif" } }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Content style={{ padding: 24, width: 640, margin: '0 auto' }}>
          <Form layout="vertical">
            <Form.Item label="短信标题">
              <Input showCount maxLength={40} value={title} onChange={(e) => setTitle(e.target.value)} data-e2e="title" />
            </Form.Item>
            <Form.Item label="短信内容">
              <Input.TextArea showCount maxLength={300} rows={4} value={msg} onChange={(e) => setMsg(e.target.value)} data-e2e="message" />
            </Form.Item>
          </Form>
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
