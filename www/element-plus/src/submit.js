/**
 * What the pages' 提交 button says: the form's `validate()` rejects while an item has an error;
 * `counts` (the rules' `jx.counts()`) also covers errors at paths with no item of their own.
 */
export async function verdict(formRef, counts) {
  try {
    await formRef.value.validate();
    return counts().error ? "有错误须修改后才能提交。" : "校验通过，可以提交。";
  } catch {
    return "有错误须修改后才能提交。";
  }
}
