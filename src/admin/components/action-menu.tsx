import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Action = { label: string; icon: ReactNode; onClick: () => void; "data-testid"?: string }

type ActionMenuProps = { groups: Action[][]; "data-testid"?: string }

/** The "…" menu Medusa's sections and table rows use for their actions. */
export const ActionMenu = ({ groups, "data-testid": testId }: ActionMenuProps) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <IconButton size="small" variant="transparent" data-testid={testId}>
        <EllipsisHorizontal />
      </IconButton>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content>
      {groups
        .filter((group) => group.length)
        .map((group, index, all) => (
          <DropdownMenu.Group key={index}>
            {group.map((action) => (
              <DropdownMenu.Item
                key={action.label}
                onClick={(e) => {
                  e.stopPropagation()
                  action.onClick()
                }}
                className="[&_svg]:text-ui-fg-subtle flex items-center gap-x-2"
                data-testid={action["data-testid"]}
              >
                {action.icon}
                <span>{action.label}</span>
              </DropdownMenu.Item>
            ))}
            {index < all.length - 1 && <DropdownMenu.Separator />}
          </DropdownMenu.Group>
        ))}
    </DropdownMenu.Content>
  </DropdownMenu>
)
