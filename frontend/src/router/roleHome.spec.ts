import { describe, expect, it } from 'vitest'
import { roleHome, safeNext } from './roleHome'

describe('safeNext', () => {
  it('keeps addresses inside the app and refuses the rest', () => {
    expect(safeNext('/csw/persons/3?tab=match')).toBe('/csw/persons/3?tab=match')
    expect(safeNext('//evil.example/x')).toBeNull()
    expect(safeNext('https://evil.example/')).toBeNull()
    expect(safeNext(['/a'])).toBeNull()
    expect(safeNext(undefined)).toBeNull()
  })
})

describe('roleHome', () => {
  it('starts organisation members in their portal and administrators in theirs', () => {
    expect(roleHome('ORG_MEMBER')).toBe('/org')
    expect(roleHome('ADMIN')).toBe('/admin')
  })
})
