// The one header a paired store tablet sends its device token in, on every
// call that needs it (feedback, heartbeat); the server's rate limits count
// per device by the same header.
export const DEVICE_TOKEN_HEADER = 'X-Device-Token'
