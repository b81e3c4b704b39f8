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
  },
  admin: {
    disable: process.env.MEDUSA_ADMIN_DISABLED === "true",
    // empty: the dashboard calls the server it is served from, whatever the port
    backendUrl: process.env.MEDUSA_BACKEND_URL || "",
  },
  modules: [
    { resolve: "./src/modules/crm" },
    { resolve: "./src/modules/loyalty" },
  ],
})
