// A private Redis for the cluster test: Debian's redis-server on 127.0.0.1, its own port and
// folder, no persistence (a restart loses every session, as a rebuilt cache host would).
import { startDaemon } from './daemon.ts';

export interface RunningRedis {
	port: number;
	stop(): Promise<void>;
}

export async function startRedis(port: number, dir: string): Promise<RunningRedis> {
	const daemon = await startDaemon(
		'redis-server',
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--protected-mode',
			'yes',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
			'--loglevel',
			'warning',
		],
		port,
	);
	return {
		port,
		stop: () => daemon.stop('SIGKILL'),
	};
}
