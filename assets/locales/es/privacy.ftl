# privacy: las palabras de BackTrack para esta parte, en español. Los ids empiezan con "privacy-".
# Los comandos de cifrado de la línea de comandos (src-tauri/cli/privacy.rs): encrypt, decrypt,
# passphrase.

privacy-prompt-diary-passphrase = Frase de contraseña del diario:
privacy-prompt-new-diary-passphrase = Nueva frase de contraseña del diario:
privacy-prompt-recovery-code = Código de recuperación:
privacy-prompt-new-passphrase = Nueva frase de contraseña:
privacy-prompt-current-passphrase = Frase de contraseña actual:
privacy-already-encrypted = El diario ya está cifrado. No se cambió nada.
privacy-encrypt-warning = Cifrar el diario lo protege si esta computadora se pierde o se comparte. Si pierde la frase de contraseña y también el código de recuperación, nadie podrá abrir el diario, ni siquiera usted.
privacy-encrypted-write-down-code = El diario está cifrado. Apunte este código de recuperación y guárdelo en un lugar seguro; solo se muestra ahora:
privacy-removed-plain-copies = { $count ->
    [one] Se borró 1 copia sin cifrar del diario que BackTrack había guardado a su lado.
   *[other] Se borraron { $count } copias sin cifrar del diario que BackTrack había guardado a su lado.
}
privacy-not-encrypted = El diario no está cifrado. No se cambió nada.
privacy-decrypted = El diario ya no está cifrado.
privacy-no-passphrase = El diario no está cifrado, así que no tiene frase de contraseña. Use `backtrack encrypt`.
privacy-passphrase-changed = La frase de contraseña cambió. El código de recuperación sigue sirviendo.
