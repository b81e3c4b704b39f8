/// <reference types="vite/client" />

// Set by Medusa's admin bundler from the host's `admin` config (see @medusajs/admin-bundler).
declare const __BACKEND_URL__: string | undefined
declare const __AUTH_TYPE__: "session" | "jwt" | undefined
declare const __JWT_TOKEN_STORAGE_KEY__: string | undefined
