import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, type ApiClient } from '../api/client'
import * as wire from '../api/session'
import type { Role, SessionWire } from '../api/session'

/**
 * Who is signed in. Asked of the server once per visit (the session cookie is HttpOnly, so the
 * app cannot read it) and kept current by signing in and out here. The server checks every
 * request itself; this store only decides what to show.
 */
export const useSessionStore = defineStore('session', () => {
  const account = ref<SessionWire | null>(null)
  let loaded: Promise<void> | null = null

  const signedIn = computed(() => account.value !== null)

  function load(client: ApiClient = api): Promise<void> {
    loaded ??= wire.fetchSession(client).then(
      (found) => {
        account.value = found
      },
      (e: unknown) => {
        loaded = null // ask again next time: the server may be back
        throw e
      },
    )
    return loaded
  }

  async function signIn(login: string, password: string, client: ApiClient = api) {
    account.value = await wire.signIn(login, password, client)
    loaded = Promise.resolve()
    return account.value
  }

  async function signOut(client: ApiClient = api) {
    try {
      await wire.signOut(client)
    } finally {
      forget()
    }
  }

  /** After a 401 the session is over, whatever the store believed. */
  function forget() {
    account.value = null
    loaded = Promise.resolve()
  }

  function passwordChanged() {
    if (account.value) account.value = { ...account.value, mustChangePassword: false }
  }

  function hasRole(roles: readonly Role[]): boolean {
    return account.value !== null && roles.includes(account.value.role)
  }

  return { account, signedIn, load, signIn, signOut, forget, passwordChanged, hasRole }
})
