// `npm run dev`: the API server restarting on change (port 3000) and Vite's dev server with hot
// reload (port 5173, proxying /api to the server). Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsx', 'watch', 'src/server/main.ts', 'start'], {
    stdio: 'inherit',
    env: { CHECK_RESPONSES: 'true', ...process.env },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) child.once('exit', stop);
