a
- b