/** @jsxImportSource react */
// MUI (@mui/material) <TextField multiline minRows maxRows>, controlled. MUI's TextareaAutosize
// renders a hidden, readonly "shadow" <textarea> (aria-hidden, tabindex=-1) beside the real one
// to measure the height; only the real one carries data-e2e. `__fixture.value()` reads the state.
import { Box, Button, Card, CardContent, CssBaseline, TextField, Typography } from '@mui/material';
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
    exposeFixture({ kind: 'mui-textfield', value: () => state.current });
  }
  return (
    <>
      <CssBaseline />
      <div className="topbar">
        <span className="brand">短信发送控制台 · MUI</span>
      </div>
      <Card sx={{ width: 640, mx: 'auto', my: 3 }}>
        <CardContent>
          <Typography variant="h6" gutterBottom>
            发送短信
          </Typography>
          <Box
            component="form"
            sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
            onSubmit={(e) => {
              e.preventDefault();
              setStatus(`已提交 ${msg.length} 字`);
            }}
          >
            <TextField label="收件人" value={to} onChange={(e) => setTo(e.target.value)} slotProps={{ htmlInput: { maxLength: 11, 'data-e2e': 'recipient' } }} />
            <TextField
              label="短信内容"
              multiline
              minRows={4}
              maxRows={8}
              placeholder="请输入短信内容"
              value={msg}
              onChange={(e) => setMsg(e.target.value)}
              slotProps={{ htmlInput: { 'data-e2e': 'message' } }}
            />
            <Box>
              <Button type="submit" variant="contained">
                发送短信
              </Button>
              <span style={{ marginLeft: 12, color: '#389e0d' }}>{status}</span>
            </Box>
          </Box>
        </CardContent>
      </Card>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
