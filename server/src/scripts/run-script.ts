// Runs a command-line script: prints its result, or one clear error line and exit code 1.
export function runScript(main: () => string | Promise<string>): void {
  Promise.resolve()
    .then(main)
    .then((message) => {
      process.stdout.write(`${message}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
