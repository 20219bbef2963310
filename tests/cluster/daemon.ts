// Starts a server program for the cluster test (redis-server, haproxy) in the foreground and waits
// until it listens on its port; its output is kept for the error when it does not come up.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

export interface RunningDaemon {
	/** Ends the program (once) and waits until it has exited. */
	stop(signal: NodeJS.Signals): Promise<void>;
}

function portOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
	return new Promise((res) => {
		const sock = connect({ host, port });
		sock.once('connect', () => {
			sock.destroy();
			res(true);
		});
		sock.once('error', () => res(false));
	});
}

export async function startDaemon(command: string, args: string[], port: number): Promise<RunningDaemon> {
	const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout?.on('data', (d) => {
		output += d;
	});
	child.stderr?.on('data', (d) => {
		output += d;
	});
	let exited = false;
	const gone = new Promise<void>((res) =>
		child.once('exit', () => {
			exited = true;
			res();
		}),
	);
	const deadline = Date.now() + 10_000;
	while (!(await portOpen(port))) {
		if (exited || Date.now() > deadline) throw new Error(`${command} did not start on ${port}:\n${output}`);
		await new Promise((r) => setTimeout(r, 30));
	}
	return {
		async stop(signal) {
			if (exited) return;
			child.kill(signal);
			await gone;
		},
	};
}
