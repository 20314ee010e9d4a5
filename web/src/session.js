// The officer's console session: the token from POST /api/v1/auth/login and the user it
// describes, kept in sessionStorage (gone when the tab closes) and mirrored in a reactive object.
import { reactive } from 'vue'

const KEY = 'xinjian.session'

function stored() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY)) ?? {}
  } catch {
    return {}
  }
}

export const session = reactive({ token: null, user: null, ...stored() })

export function startSession(login) {
  session.token = login.token
  session.user = login.user
  sessionStorage.setItem(KEY, JSON.stringify({ token: login.token, user: login.user }))
}

export function endSession() {
  session.token = null
  session.user = null
  sessionStorage.removeItem(KEY)
}
