import net from "node:net";

export interface RoundRobin {
  port: number;
  /** Where new connections go, in turn. */
  backends: number[];
  close(): Promise<void>;
}

/**
 * A TCP load balancer on 127.0.0.1 that hands each new connection to the next backend in turn,
 * as a compose service name with replicas (or any L4 balancer) does. Connections stay where
 * they were sent: HTTP keep-alive pins a client's requests to one replica per connection.
 */
export async function roundRobin(port: number, backends: number[] = []): Promise<RoundRobin> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const balancer: RoundRobin = {
    port,
    backends,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = net.createServer((client) => {
    const backendPort = balancer.backends[next++ % Math.max(balancer.backends.length, 1)];
    if (backendPort === undefined) {
      client.destroy();
      return;
    }
    const upstream = net.connect(backendPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  balancer.port = (server.address() as net.AddressInfo).port;
  return balancer;
}
