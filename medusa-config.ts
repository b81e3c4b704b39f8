import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// The host application for the demo and the HTTP tests: the plugin's own
// src/ (api, admin, subscribers, jobs, links, workflows) loads as the project,
// and its modules are registered here. A real store adds the built plugin
// through `plugins: ["medusa-plugin-spa-crm"]` instead (see the README).
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    databaseLogging: false,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || "http://localhost:8000",
      adminCors: process.env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors: process.env.AUTH_CORS || "http://localhost:9000,http://localhost:8000,http://localhost:5173",
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    // the demo serves the production build over plain http on localhost, where
    // a Secure session cookie would never be set
    ...(process.env.DEMO_INSECURE_COOKIES === "true" ? { cookieOptions: { secure: false } } : {}),
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // empty: the dashboard calls the server it is served from, whatever the port
    backendUrl: process.env.MEDUSA_BACKEND_URL || "",
  },
  modules: [
    { resolve: "./src/modules/crm" },
    { resolve: "./src/modules/loyalty" },
    { resolve: "./src/modules/customer-facts" },
    { resolve: "./src/modules/feedback" },
    { resolve: "./src/modules/customer-sets" },
    { resolve: "./src/modules/analytics" },
    // Medusa's default "feed" channel plus "email" (loyalty warnings), both on
    // the local provider, which logs instead of sending; a real store puts an
    // email provider (SendGrid, Resend, …) on the "email" channel
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: ["feed", "email"] },
          },
        ],
      },
    },
  ],
})
