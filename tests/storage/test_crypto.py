"""age encryption to HR's public key; the identity opens only with its passphrase."""

from __future__ import annotations

import pytest
from pyrage import x25519

from assistant.storage import crypto


def test_roundtrip(keys) -> None:
    cipher = crypto.encrypt(keys.recipient, "薪水太低 😀\x00".encode())
    assert "薪水".encode() not in cipher
    assert crypto.decrypt_with(keys.identity, cipher).decode() == "薪水太低 😀\x00"


PASSPHRASE = "人力资源-测试口令"


@pytest.fixture(scope="module")
def protected() -> tuple[str, bytes]:
    """A key pair from generate_keypair: (recipient, passphrase-protected identity)."""
    return crypto.generate_keypair(PASSPHRASE)


def test_decrypt_with_passphrase(protected) -> None:
    recipient, identity_bytes = protected
    cipher = crypto.encrypt(recipient, "原话".encode())
    assert crypto.decrypt(identity_bytes, PASSPHRASE, cipher).decode() == "原话"


def test_identity_is_passphrase_protected(protected) -> None:
    _, identity_bytes = protected
    assert identity_bytes.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    assert b"AGE-SECRET-KEY" not in identity_bytes
    with pytest.raises(crypto.CryptoError, match="口令"):
        crypto.unlock(identity_bytes, "错误的口令")


def test_public_key_cannot_decrypt(keys) -> None:
    """The kiosk holds only the recipient: nothing it has opens a ciphertext."""
    cipher = crypto.encrypt(keys.recipient, b"secret")
    with pytest.raises(crypto.CryptoError):
        crypto.decrypt_with(x25519.Identity.generate(), cipher)


def test_same_plaintext_differs_each_time(keys) -> None:
    assert crypto.encrypt(keys.recipient, b"x") != crypto.encrypt(keys.recipient, b"x")


def test_bad_recipient_and_empty_passphrase() -> None:
    with pytest.raises(crypto.CryptoError):
        crypto.parse_recipient("not-a-key")
    with pytest.raises(crypto.CryptoError):
        crypto.generate_keypair("")


def test_load_recipient(tmp_path, keys) -> None:
    path = tmp_path / "hr.pub"
    assert crypto.load_recipient(path) is None
    path.write_text(f"# HR 公钥\n{keys.recipient}\n", encoding="utf-8")
    assert str(crypto.load_recipient(path)) == keys.recipient
    path.write_text("", encoding="ascii")
    assert crypto.load_recipient(path) is None
