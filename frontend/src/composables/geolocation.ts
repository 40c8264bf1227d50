/** Why the browser gave no position, each worded by the locale files (`nearMe.problem.*`). */
export type PositionProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout'

export class PositionError extends Error {
  readonly problem: PositionProblem

  constructor(problem: PositionProblem) {
    super(problem)
    this.problem = problem
  }
}

/**
 * The resident's position, asked for once (only when they press the button: the browser shows its
 * own permission question then). Rounded to three decimals, about 100 m: enough to order places
 * a few km around, and no more precise than the search needs.
 */
export function currentPosition(
  geolocation: Geolocation | undefined = globalThis.navigator?.geolocation,
): Promise<{ lat: number; lon: number }> {
  if (!geolocation) return Promise.reject(new PositionError('unsupported'))
  return new Promise((resolve, reject) => {
    geolocation.getCurrentPosition(
      (position) =>
        resolve({
          lat: round(position.coords.latitude),
          lon: round(position.coords.longitude),
        }),
      (error) =>
        reject(
          new PositionError(
            error.code === error.PERMISSION_DENIED
              ? 'denied'
              : error.code === error.TIMEOUT
                ? 'timeout'
                : 'unavailable',
          ),
        ),
      // A cached position of the last minutes is as good: people do not move far between searches.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    )
  })
}

function round(degrees: number): number {
  return Math.round(degrees * 1000) / 1000
}
