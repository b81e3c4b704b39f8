import { errorMessage } from "medusa-plugin-spa-crm/storefront"
import { type FormEvent, useState } from "react"
import { navigate } from "../lib/router"
import { useShop } from "../lib/shop"

/** Sign in, or register (Medusa's email/password identity and a customer account). */
export function SignInPage({ next }: { next: string | null }) {
  const { config, register, signIn, text } = useShop()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const done = (welcome = false) => navigate(next && next.startsWith("/") ? next : welcome ? "/account?welcome" : "/account")

  const submit = (action: () => Promise<void>, failure?: string, welcome = false) => async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await action()
      done(welcome)
    } catch (err) {
      setError(failure ?? errorMessage(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="shop-columns">
      <form className="shop-card shop-form" aria-label={text("signIn.title")} onSubmit={submit(() => signIn(email, password), text("signIn.failed"))}>
        <h1>{text("signIn.title")}</h1>
        <label className="shop-field">
          <span>{text("signIn.email")}</span>
          <input name="email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label className="shop-field">
          <span>{text("signIn.password")}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <button className="shop-button" type="submit" disabled={busy}>
          {text("signIn.submit")}
        </button>
        {config.shopper && (
          <div className="shop-demo-hint">
            <p className="shop-muted">{text("signIn.demo", config.shopper)}</p>
            <button
              type="button"
              className="shop-button shop-button--secondary"
              onClick={() => {
                setEmail(config.shopper!.email)
                setPassword(config.shopper!.password)
              }}
            >
              {text("signIn.useDemo")}
            </button>
          </div>
        )}
      </form>
      <RegisterForm busy={busy} onSubmit={(input) => submit(() => register(input), undefined, true)} />
      {error && (
        <p className="shop-error shop-columns__full" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}

type RegisterInput = Parameters<ReturnType<typeof useShop>["register"]>[0]

function RegisterForm({ busy, onSubmit }: { busy: boolean; onSubmit: (input: RegisterInput) => (e: FormEvent) => void }) {
  const { text } = useShop()
  const [input, setInput] = useState<RegisterInput>({ email: "", password: "", first_name: "", last_name: "", referral_code: "" })
  const field = (name: keyof RegisterInput, label: string, type = "text", autoComplete?: string, required = true) => (
    <label className="shop-field">
      <span>{label}</span>
      <input
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        minLength={name === "password" ? 8 : undefined}
        value={input[name] ?? ""}
        onChange={(e) => setInput({ ...input, [name]: e.target.value })}
      />
    </label>
  )
  return (
    <form className="shop-card shop-form" aria-label={text("register.title")} onSubmit={onSubmit({ ...input, referral_code: input.referral_code?.trim() || undefined })}>
      <h2>{text("register.title")}</h2>
      <p className="shop-muted">{text("register.perk")}</p>
      {field("first_name", text("register.firstName"), "text", "given-name")}
      {field("last_name", text("register.lastName"), "text", "family-name")}
      {field("email", text("signIn.email"), "email", "email")}
      {field("password", text("signIn.password"), "password", "new-password")}
      {field("referral_code", text("register.referral"), "text", "off", false)}
      <button className="shop-button" type="submit" disabled={busy}>
        {text("register.submit")}
      </button>
    </form>
  )
}
