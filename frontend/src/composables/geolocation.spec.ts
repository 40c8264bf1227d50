import { describe, expect, it } from 'vitest'
import { PositionError, currentPosition } from './geolocation'

const CODES = { PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }

function geolocation(answer: { lat: number; lon: number } | number): Geolocation {
  return {
    getCurrentPosition(success, failure) {
      if (typeof answer === 'number') {
        failure?.({ code: answer, message: '', ...CODES } as GeolocationPositionError)
      } else {
        success({
          coords: { latitude: answer.lat, longitude: answer.lon },
        } as GeolocationPosition)
      }
    },
  } as Geolocation
}

describe('current position', () => {
  it('is rounded to about 100 m', async () => {
    await expect(
      currentPosition(geolocation({ lat: 35.248812, lon: 136.701549 })),
    ).resolves.toEqual({ lat: 35.249, lon: 136.702 })
  })

  it.each([
    [1, 'denied'],
    [2, 'unavailable'],
    [3, 'timeout'],
  ])('says why there is none (code %i → %s)', async (code, problem) => {
    const error = await currentPosition(geolocation(code)).catch((e) => e)
    expect(error).toBeInstanceOf(PositionError)
    expect(error.problem).toBe(problem)
  })

  it('says so when the browser has no geolocation', async () => {
    const error = await currentPosition(undefined).catch((e) => e)
    expect((error as PositionError).problem).toBe('unsupported')
  })
})
