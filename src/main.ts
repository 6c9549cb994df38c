import { startApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createLogger, scrubToken } from './logger.ts';

/** Entry point of `npm start`: one clear line for a configuration problem, exit 0 on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration error: ${err.problems.join('; ')}. See README.md "Configuration".\n`);
    process.exit(1);
  }
  const log = createLogger(config.LOG_LEVEL);
  let app: Awaited<ReturnType<typeof startApp>>;
  try {
    app = await startApp({ config, log });
  } catch (err) {
    const message = scrubToken(err instanceof Error ? err.message : String(err));
    log.fatal({ err: message }, 'start-up failed');
    process.stderr.write(`Start-up failed: ${message}\n`);
    process.exit(1);
  }
  const onSignal = (signal: string) => {
    log.info({ signal }, 'signal received');
    // A hard stop if something hangs: the orchestrator expects us gone within 10 s.
    setTimeout(() => process.exit(1), 9_500).unref();
    app.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

void main();
