/** A button that opens a dialog titled like it. What the dialog holds is made only while it is
 * open (each opening starts afresh) and is handed the function that closes it. */
import { Button, type ButtonProps, Modal } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

interface ModalButtonProps extends Pick<ButtonProps, "variant" | "size"> {
  label: string;
  children: (close: () => void) => ReactNode;
}

export function ModalButton({ label, children, ...button }: ModalButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button {...button} onClick={open}>
        {label}
      </Button>
      <Modal closeButtonProps={{ "aria-label": t("common.cancel") }} opened={opened} onClose={close} title={label} size="lg">
        {opened && children(close)}
      </Modal>
    </>
  );
}
