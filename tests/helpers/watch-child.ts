// Watches a server process a test started: keeps what it prints (for the error message when it
// does not come up) and knows whether it has exited. Shared by the cluster's daemons (Redis,
// HAProxy) and the SSO test's Apache.
import type { ChildProcess } from 'node:child_process';

export interface WatchedChild {
	/** Everything the process wrote to stdout and stderr so far. */
	output(): string;
	exited(): boolean;
	/** Resolves when the process has exited. */
	gone: Promise<void>;
}

export function watchChild(child: ChildProcess): WatchedChild {
	let output = '';
	let exited = false;
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const gone = new Promise<void>((done) =>
		child.once('exit', () => {
			exited = true;
			done();
		}),
	);
	return { output: () => output, exited: () => exited, gone };
}
