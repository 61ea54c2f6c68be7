"""Custom NLU: keyword rules (pure Python) and the Rasa graph components that use them."""
