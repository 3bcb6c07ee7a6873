// Pool worker entry: the package is TypeScript run through tsx, so each worker registers it first.
import { register } from "tsx/esm/api";

register();
const { extractTask } = await import("./worker.ts");
export default extractTask;
