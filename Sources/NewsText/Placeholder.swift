public enum NewsTextPlaceholder {}
