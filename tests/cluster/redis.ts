// A private Redis for the cluster test: Debian's redis-server on 127.0.0.1, its own port and
// folder, no persistence (a restart loses every session, as a rebuilt cache host would).
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

export interface RunningRedis {
  port: number;
  stop(): Promise<void>;
}

export function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((res) => {
    const sock = connect({ host, port });
    sock.once('connect', () => { sock.destroy(); res(true); });
    sock.once('error', () => res(false));
  });
}

export async function startRedis(port: number, dir: string): Promise<RunningRedis> {
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'warning'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => { output += d; });
  child.stderr?.on('data', (d) => { output += d; });
  let exited = false;
  const gone = new Promise<void>((res) => child.once('exit', () => { exited = true; res(); }));
  const deadline = Date.now() + 10_000;
  while (!(await portOpen(port))) {
    if (exited || Date.now() > deadline) throw new Error(`redis-server did not start on ${port}:\n${output}`);
    await new Promise((r) => setTimeout(r, 30));
  }
  return {
    port,
    async stop() {
      if (exited) return;
      child.kill('SIGKILL');
      await gone;
    },
  };
}
