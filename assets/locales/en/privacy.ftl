# privacy: BackTrack's own words for this area, in English. Ids start with "privacy-".
# The command line's encryption verbs (src-tauri/cli/privacy.rs): encrypt, decrypt, passphrase.

privacy-prompt-diary-passphrase = Passphrase for the diary:
privacy-prompt-new-diary-passphrase = New passphrase for the diary:
privacy-prompt-recovery-code = Recovery code:
privacy-prompt-new-passphrase = New passphrase:
privacy-prompt-current-passphrase = Current passphrase:
privacy-already-encrypted = The diary is already encrypted. Nothing was changed.
privacy-encrypt-warning = Encrypting keeps the diary safe if this computer is lost or shared. If you lose both the passphrase and the recovery code, nobody can open the diary, not even you.
privacy-encrypted-write-down-code = The diary is encrypted. Write down this recovery code and keep it somewhere safe; it is shown only now:
privacy-removed-plain-copies = Removed { $count } plain copies of the diary that BackTrack had kept beside it.
privacy-not-encrypted = The diary is not encrypted. Nothing was changed.
privacy-decrypted = The diary is no longer encrypted.
privacy-no-passphrase = The diary is not encrypted, so it has no passphrase. Use `backtrack encrypt`.
privacy-passphrase-changed = The passphrase is changed. The recovery code still works.
