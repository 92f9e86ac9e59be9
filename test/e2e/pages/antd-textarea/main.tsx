/** @jsxImportSource react */
// antd 5 Input.TextArea, controlled, inside an antd Form layout.
import { Button, Card, ConfigProvider, Form, Input, Layout, Typography } from 'antd';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../shared/console.css';
import { exposeFixture, RECIPIENT } from '../shared/fixture';

function App() {
  const [to, setTo] = useState(RECIPIENT);
  const [msg, setMsg] = useState('');
  const [status, setStatus] = useState('');
  const state = useRef(msg);
  state.current = msg;
  const exposed = useRef(false);
  if (!exposed.current) {
    exposed.current = true;
    exposeFixture({ kind: 'antd-textarea', value: () => state.current });
  }
  return (
    <ConfigProvider theme={{ token: { fontFamily: "'WenQuanYi Micro Hei', sans-serif" } }}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ color: '#fff', fontSize: 16 }}>短信发送控制台 · antd</Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Card style={{ width: 640, margin: '0 auto' }}>
            <Typography.Title level={4}>发送短信</Typography.Title>
            <Form layout="horizontal" labelCol={{ span: 4 }} onFinish={() => setStatus(`已提交 ${msg.length} 字`)}>
              <Form.Item label="收件人">
                <Input value={to} maxLength={11} onChange={(e) => setTo(e.target.value)} data-e2e="recipient" />
              </Form.Item>
              <Form.Item label="短信内容">
                <Input.TextArea
                  rows={5}
                  placeholder="请输入短信内容"
                  value={msg}
                  onChange={(e) => setMsg(e.target.value)}
                  data-e2e="message"
                />
              </Form.Item>
              <Form.Item wrapperCol={{ offset: 4 }}>
                <Button type="primary" htmlType="submit">
                  发送短信
                </Button>
                <span style={{ marginLeft: 12, color: '#389e0d' }}>{status}</span>
              </Form.Item>
            </Form>
          </Card>
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
