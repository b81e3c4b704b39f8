import { Button, Drawer, Heading } from "@medusajs/ui"
import type { FormEvent, KeyboardEvent, ReactNode } from "react"

import { useCrmTranslation } from "../lib/format"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  onSubmit: () => void
  isPending?: boolean
  submitLabel?: string
  submitTestId?: string
  "data-testid"?: string
  children: ReactNode
}

/**
 * A Drawer holding one form, laid out like the dashboard's edit drawers:
 * header, scrolling body, Cancel / Save footer; ⌘/Ctrl+Enter submits.
 */
export const FormDrawer = ({
  open,
  onOpenChange,
  title,
  description,
  onSubmit,
  isPending,
  submitLabel,
  submitTestId,
  "data-testid": testId,
  children,
}: FormDrawerProps) => {
  const { t } = useCrmTranslation()

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!isPending) onSubmit()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) submit(e)
  }

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content
        data-testid={testId}
        // Radix warns about a dialog without a description unless told there is none
        {...(description ? {} : { "aria-describedby": undefined })}
      >
        <form onSubmit={submit} onKeyDown={onKeyDown} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title asChild>
              <Heading>{title}</Heading>
            </Drawer.Title>
            {description && (
              <Drawer.Description className="txt-small text-ui-fg-subtle">{description}</Drawer.Description>
            )}
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("general.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={isPending} data-testid={submitTestId}>
              {submitLabel ?? t("general.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
