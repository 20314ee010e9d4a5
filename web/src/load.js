// Loading state for a page: run(fn) keeps the latest call's result, its ApiError, and whether
// it is still running; an older call finishing late never overwrites a newer one.
import { ref, shallowRef } from 'vue'

export function useLoad() {
  const data = shallowRef(null)
  const error = shallowRef(null)
  const loading = ref(false)
  let latest = 0
  async function run(fn) {
    const call = ++latest
    loading.value = true
    error.value = null
    try {
      const result = await fn()
      if (call === latest) data.value = result
    } catch (e) {
      if (call === latest) {
        data.value = null
        error.value = e
      }
    } finally {
      if (call === latest) loading.value = false
    }
  }
  return { data, error, loading, run }
}
