// The one way the UI talks to the server: JSON over /api/v1 (docs/spec api.md). A failed call
// throws ApiError carrying the server's error envelope, whose Chinese-first message the pages
// show as it is. Internal calls send the console session's token as a Bearer token.
import { session, endSession } from './session.js'

export class ApiError extends Error {
  constructor(status, code, message, details = []) {
    super(message)
    this.status = status
    this.code = code
    this.details = details
  }
}

let onUnauthenticated = () => {}
// Called when an internal call answers 401 (the session expired or was revoked).
export function setUnauthenticatedHandler(handler) {
  onUnauthenticated = handler
}

// The URL of an API path with its query; empty and null parameters are left out.
export function apiUrl(path, query = {}) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return `/api/v1${path}${text ? `?${text}` : ''}`
}

export async function api(path, { method = 'GET', query, body, auth = false } = {}) {
  const headers = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (auth && session.token) headers.Authorization = `Bearer ${session.token}`
  let response
  try {
    response = await fetch(apiUrl(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器 (cannot reach the server)')
  }
  let data = null
  try {
    data = await response.json()
  } catch {
    data = null
  }
  if (!response.ok) {
    const error = data?.error ?? {}
    if (response.status === 401 && auth) {
      endSession()
      onUnauthenticated()
    }
    throw new ApiError(
      response.status,
      error.code ?? `http_${response.status}`,
      error.message ?? `请求失败 (request failed, HTTP ${response.status})`,
      error.details ?? [],
    )
  }
  return data
}

// An internal (token) call.
export const internal = (path, options = {}) => api(path, { ...options, auth: true })
