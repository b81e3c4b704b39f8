import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

export type Headers = { headers: Record<string, string> }

/**
 * Creates a real admin user with an auth identity and returns request headers
 * carrying a token signed the way Medusa's emailpass login signs it.
 */
export async function createAdminUser(container: MedusaContainer, email = "admin@spa.test") {
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ first_name: "Linh", last_name: "Trần", email })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })
  const { jwtSecret } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http
  const token = jwt.sign(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id, app_metadata: { user_id: user.id } },
    jwtSecret as string,
    { expiresIn: "1d" }
  )
  return { user, headers: { headers: { authorization: `Bearer ${token}` } } as Headers }
}

/** A secret API key, the way other systems (booking widget, lead forms) call the admin API. */
export async function createSecretApiKey(container: MedusaContainer, createdBy: string) {
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const key = await apiKeyModule.createApiKeys({ title: "Lead forms", type: "secret", created_by: createdBy })
  const basic = Buffer.from(`${key.token}:`).toString("base64")
  return { key, headers: { headers: { authorization: `Basic ${basic}` } } as Headers }
}

/** Creates Medusa customers straight through the customer module. */
export async function createCustomers(
  container: MedusaContainer,
  customers: { email: string; first_name?: string; last_name?: string; phone?: string }[]
) {
  return container.resolve(Modules.CUSTOMER).createCustomers(customers)
}

/** Runs a request expected to fail and returns its response. */
export async function failure(request: Promise<unknown>) {
  try {
    await request
  } catch (e: any) {
    if (e.response) return e.response as { status: number; data: any }
    throw e
  }
  throw new Error("the request succeeded but a failure was expected")
}
