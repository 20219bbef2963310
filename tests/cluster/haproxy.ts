// HAProxy in front of the Apache nodes for the cluster test, configured the way deploy/README.md
// describes: TLS passes through to the nodes (they keep seeing https, so the __Host- cookie and
// the module's own URLs stay right), round robin per connection, an HTTPS health check on the
// public logged-out page with the site's Host header, retries and redispatch so a connection to a
// dead node is retried on the other one.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startDaemon } from './daemon.ts';

export interface HaproxyOptions {
	dir: string;
	port: number;
	siteHost: string; // host:port the browsers use
	sniName: string;
	caFile: string;
	nodes: { name: string; port: number }[];
	/** health-check interval in ms; a node is out after `fall` failed checks */
	interMs: number;
	fall: number;
	rise: number;
}

export interface RunningHaproxy {
	/** server name -> "UP" | "DOWN" | ... from the stats socket */
	states(): Promise<Record<string, string>>;
	stop(): Promise<void>;
}

function renderHaproxyConfig(o: HaproxyOptions): string {
	return `global
  maxconn 2000
  stats socket ${join(o.dir, 'haproxy.sock')} mode 600 level admin

defaults
  mode tcp
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 3
  option redispatch

frontend site
  bind 127.0.0.1:${o.port}
  default_backend nodes

backend nodes
  balance roundrobin
  option httpchk
  http-check send meth GET uri /logget-ud/ ver HTTP/1.1 hdr Host ${o.siteHost}
  http-check expect status 200
  default-server check check-ssl check-sni ${o.sniName} verify required ca-file ${o.caFile} inter ${o.interMs} fall ${o.fall} rise ${o.rise}
${o.nodes.map((n) => `  server ${n.name} 127.0.0.1:${n.port}`).join('\n')}
`;
}

const HAPROXY = existsSync('/usr/sbin/haproxy') ? '/usr/sbin/haproxy' : 'haproxy';

function statsCommand(sock: string, command: string): Promise<string> {
	return new Promise((res, rej) => {
		const c = connect(sock);
		let out = '';
		c.on('data', (d) => {
			out += d.toString();
		});
		c.on('end', () => res(out));
		c.on('error', rej);
		c.end(`${command}\n`);
	});
}

export async function startHaproxy(o: HaproxyOptions): Promise<RunningHaproxy> {
	const cfg = join(o.dir, 'haproxy.cfg');
	writeFileSync(cfg, renderHaproxyConfig(o));
	const check = spawnSync(HAPROXY, ['-c', '-q', '-f', cfg], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`haproxy -c failed:\n${check.stderr}${check.stdout}`);
	const daemon = await startDaemon(HAPROXY, ['-db', '-f', cfg], o.port);
	const sock = join(o.dir, 'haproxy.sock');
	return {
		async states() {
			// CSV: pxname,svname,...,status (18th column)
			const csv = await statsCommand(sock, 'show stat');
			const out: Record<string, string> = {};
			for (const line of csv.split('\n')) {
				const cols = line.split(',');
				if (cols[0] === 'nodes' && cols[1] !== 'BACKEND' && cols[1] !== 'FRONTEND') out[cols[1]] = cols[17];
			}
			return out;
		},
		stop: () => daemon.stop('SIGTERM'),
	};
}
