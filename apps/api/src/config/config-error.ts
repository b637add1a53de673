/** Thrown when the environment cannot start Koers; its message is one sentence for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
