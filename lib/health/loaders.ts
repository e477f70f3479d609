import "server-only";
import { readDatabaseHealth } from "./data";

/** For /api/health: open to anyone (load balancers), and it says nothing but reachability and a count. */
export function loadDatabaseHealth() {
  return readDatabaseHealth();
}
