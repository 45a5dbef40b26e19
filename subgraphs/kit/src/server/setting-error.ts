/**
 * A start-up failure that the operator fixes by changing one setting (a port that is taken, a
 * data folder in use): its message names the setting.
 */
export class SettingError extends Error {
  constructor(
    readonly setting: string,
    problem: string,
    advice: string,
  ) {
    super(`${problem}: ${advice} (setting ${setting})`);
    this.name = "SettingError";
  }
}

/** The error for a port another program already listens on. */
export function portTaken(port: number, setting: string): SettingError {
  return new SettingError(
    setting,
    `port ${port} is already in use`,
    `stop what listens there or set ${setting} to a free port`,
  );
}
