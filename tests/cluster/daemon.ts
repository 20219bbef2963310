// Starts a server program for the cluster test (redis-server, haproxy) in the foreground and waits
// until it listens on its port; its output is kept for the error when it does not come up.
import { spawn, type ChildProcess } from 'node:child_process';
import { portOpen } from '../helpers/free-port.ts';
import { watchChild } from '../helpers/watch-child.ts';

export interface RunningDaemon {
	/** Ends the program (once) and waits until it has exited. */
	stop(signal: NodeJS.Signals): Promise<void>;
}

export async function startDaemon(command: string, args: string[], port: number): Promise<RunningDaemon> {
	const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
	const watched = watchChild(child);
	const deadline = Date.now() + 10_000;
	while (!(await portOpen('127.0.0.1', port))) {
		if (watched.exited() || Date.now() > deadline) throw new Error(`${command} did not start on ${port}:\n${watched.output()}`);
		await new Promise((r) => setTimeout(r, 30));
	}
	return {
		async stop(signal) {
			if (watched.exited()) return;
			child.kill(signal);
			await watched.gone;
		},
	};
}
